/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A RAID volume built from data disks with an optional hot standby disk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Volume#getRaidLevel <em>Raid Level</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getDataDisks <em>Data Disks</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getStandby <em>Standby</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getState <em>State</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getOperation <em>Operation</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.restripe.model.Volume#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getVolume()
 * @model
 * @generated
 */
public interface Volume extends Identified {
	/**
	 * Returns the value of the '<em><b>Raid Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.RaidLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raid Level</em>' attribute.
	 * @see org.restripe.model.RaidLevel
	 * @see #setRaidLevel(RaidLevel)
	 * @see org.restripe.model.RestripePackage#getVolume_RaidLevel()
	 * @model
	 * @generated
	 */
	RaidLevel getRaidLevel();

	/**
	 * Sets the value of the '{@link org.restripe.model.Volume#getRaidLevel <em>Raid Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raid Level</em>' attribute.
	 * @see org.restripe.model.RaidLevel
	 * @see #getRaidLevel()
	 * @generated
	 */
	void setRaidLevel(RaidLevel value);

	/**
	 * Returns the value of the '<em><b>Data Disks</b></em>' reference list.
	 * The list contents are of type {@link org.restripe.model.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Disks</em>' reference list.
	 * @see org.restripe.model.RestripePackage#getVolume_DataDisks()
	 * @model
	 * @generated
	 */
	EList<Disk> getDataDisks();

	/**
	 * Returns the value of the '<em><b>Standby</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standby</em>' reference.
	 * @see #setStandby(Disk)
	 * @see org.restripe.model.RestripePackage#getVolume_Standby()
	 * @model
	 * @generated
	 */
	Disk getStandby();

	/**
	 * Sets the value of the '{@link org.restripe.model.Volume#getStandby <em>Standby</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standby</em>' reference.
	 * @see #getStandby()
	 * @generated
	 */
	void setStandby(Disk value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.VolumeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.restripe.model.VolumeState
	 * @see #setState(VolumeState)
	 * @see org.restripe.model.RestripePackage#getVolume_State()
	 * @model
	 * @generated
	 */
	VolumeState getState();

	/**
	 * Sets the value of the '{@link org.restripe.model.Volume#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.restripe.model.VolumeState
	 * @see #getState()
	 * @generated
	 */
	void setState(VolumeState value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.VolumeOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see org.restripe.model.VolumeOperation
	 * @see #setOperation(VolumeOperation)
	 * @see org.restripe.model.RestripePackage#getVolume_Operation()
	 * @model
	 * @generated
	 */
	VolumeOperation getOperation();

	/**
	 * Sets the value of the '{@link org.restripe.model.Volume#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see org.restripe.model.VolumeOperation
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(VolumeOperation value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent done of the current operation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(int)
	 * @see org.restripe.model.RestripePackage#getVolume_Progress()
	 * @model
	 * @generated
	 */
	int getProgress();

	/**
	 * Sets the value of the '{@link org.restripe.model.Volume#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(int value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usable bytes from the RAID arithmetic: RAID 0 n x s, RAID 1 n x s / 2, RAID 5 (n - 1) x s, s the smallest data disk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see org.restripe.model.RestripePackage#getVolume_Capacity()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	long getCapacity();

} // Volume
