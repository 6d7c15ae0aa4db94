/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Serial Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A serial port of the management host, wired to one storage unit's console.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.SerialPort#getDevice <em>Device</em>}</li>
 *   <li>{@link org.restripe.model.SerialPort#getBaudRate <em>Baud Rate</em>}</li>
 *   <li>{@link org.restripe.model.SerialPort#getConsole <em>Console</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getSerialPort()
 * @model
 * @generated
 */
public interface SerialPort extends Identified {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system device, e.g. /dev/ttyS0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.restripe.model.RestripePackage#getSerialPort_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.restripe.model.SerialPort#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Baud Rate</b></em>' attribute.
	 * The default value is <code>"9600"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baud Rate</em>' attribute.
	 * @see #setBaudRate(int)
	 * @see org.restripe.model.RestripePackage#getSerialPort_BaudRate()
	 * @model default="9600"
	 * @generated
	 */
	int getBaudRate();

	/**
	 * Sets the value of the '{@link org.restripe.model.SerialPort#getBaudRate <em>Baud Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baud Rate</em>' attribute.
	 * @see #getBaudRate()
	 * @generated
	 */
	void setBaudRate(int value);

	/**
	 * Returns the value of the '<em><b>Console</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The storage unit whose console is wired to this port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console</em>' reference.
	 * @see #setConsole(StorageUnit)
	 * @see org.restripe.model.RestripePackage#getSerialPort_Console()
	 * @model
	 * @generated
	 */
	StorageUnit getConsole();

	/**
	 * Sets the value of the '{@link org.restripe.model.SerialPort#getConsole <em>Console</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console</em>' reference.
	 * @see #getConsole()
	 * @generated
	 */
	void setConsole(StorageUnit value);

} // SerialPort
