/**
 */
package org.restripe.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Change Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of reconfiguration the planner knows and the service levels entitle; shared by plan and review.
 * <!-- end-model-doc -->
 * @see org.restripe.model.RestripePackage#getChangeKind()
 * @model
 * @generated
 */
public enum ChangeKind implements Enumerator {
	/**
	 * The '<em><b>Raid Level Change</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID_LEVEL_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	RAID_LEVEL_CHANGE(0, "raidLevelChange", "raidLevelChange"),

	/**
	 * The '<em><b>Capacity Addition</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPACITY_ADDITION_VALUE
	 * @generated
	 * @ordered
	 */
	CAPACITY_ADDITION(1, "capacityAddition", "capacityAddition"),

	/**
	 * The '<em><b>Device Move</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_MOVE_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE_MOVE(2, "deviceMove", "deviceMove"),

	/**
	 * The '<em><b>Lun Size Change</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUN_SIZE_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	LUN_SIZE_CHANGE(3, "lunSizeChange", "lunSizeChange"),

	/**
	 * The '<em><b>Cache Blocking</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CACHE_BLOCKING_VALUE
	 * @generated
	 * @ordered
	 */
	CACHE_BLOCKING(4, "cacheBlocking", "cacheBlocking"),

	/**
	 * The '<em><b>Hot Standby</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOT_STANDBY_VALUE
	 * @generated
	 * @ordered
	 */
	HOT_STANDBY(5, "hotStandby", "hotStandby"),

	/**
	 * The '<em><b>Ckd Type Change</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CKD_TYPE_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	CKD_TYPE_CHANGE(6, "ckdTypeChange", "ckdTypeChange"),

	/**
	 * The '<em><b>Channel Addition</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_ADDITION_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNEL_ADDITION(7, "channelAddition", "channelAddition"),

	/**
	 * The '<em><b>Performance Balancing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_BALANCING_VALUE
	 * @generated
	 * @ordered
	 */
	PERFORMANCE_BALANCING(8, "performanceBalancing", "performanceBalancing");

	/**
	 * The '<em><b>Raid Level Change</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID_LEVEL_CHANGE
	 * @model name="raidLevelChange"
	 * @generated
	 * @ordered
	 */
	public static final int RAID_LEVEL_CHANGE_VALUE = 0;

	/**
	 * The '<em><b>Capacity Addition</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAPACITY_ADDITION
	 * @model name="capacityAddition"
	 * @generated
	 * @ordered
	 */
	public static final int CAPACITY_ADDITION_VALUE = 1;

	/**
	 * The '<em><b>Device Move</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_MOVE
	 * @model name="deviceMove"
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_MOVE_VALUE = 2;

	/**
	 * The '<em><b>Lun Size Change</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUN_SIZE_CHANGE
	 * @model name="lunSizeChange"
	 * @generated
	 * @ordered
	 */
	public static final int LUN_SIZE_CHANGE_VALUE = 3;

	/**
	 * The '<em><b>Cache Blocking</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CACHE_BLOCKING
	 * @model name="cacheBlocking"
	 * @generated
	 * @ordered
	 */
	public static final int CACHE_BLOCKING_VALUE = 4;

	/**
	 * The '<em><b>Hot Standby</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOT_STANDBY
	 * @model name="hotStandby"
	 * @generated
	 * @ordered
	 */
	public static final int HOT_STANDBY_VALUE = 5;

	/**
	 * The '<em><b>Ckd Type Change</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CKD_TYPE_CHANGE
	 * @model name="ckdTypeChange"
	 * @generated
	 * @ordered
	 */
	public static final int CKD_TYPE_CHANGE_VALUE = 6;

	/**
	 * The '<em><b>Channel Addition</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_ADDITION
	 * @model name="channelAddition"
	 * @generated
	 * @ordered
	 */
	public static final int CHANNEL_ADDITION_VALUE = 7;

	/**
	 * The '<em><b>Performance Balancing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_BALANCING
	 * @model name="performanceBalancing"
	 * @generated
	 * @ordered
	 */
	public static final int PERFORMANCE_BALANCING_VALUE = 8;

	/**
	 * An array of all the '<em><b>Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChangeKind[] VALUES_ARRAY =
		new ChangeKind[] {
			RAID_LEVEL_CHANGE,
			CAPACITY_ADDITION,
			DEVICE_MOVE,
			LUN_SIZE_CHANGE,
			CACHE_BLOCKING,
			HOT_STANDBY,
			CKD_TYPE_CHANGE,
			CHANNEL_ADDITION,
			PERFORMANCE_BALANCING,
		};

	/**
	 * A public read-only list of all the '<em><b>Change Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChangeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChangeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChangeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Change Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChangeKind get(int value) {
		switch (value) {
			case RAID_LEVEL_CHANGE_VALUE: return RAID_LEVEL_CHANGE;
			case CAPACITY_ADDITION_VALUE: return CAPACITY_ADDITION;
			case DEVICE_MOVE_VALUE: return DEVICE_MOVE;
			case LUN_SIZE_CHANGE_VALUE: return LUN_SIZE_CHANGE;
			case CACHE_BLOCKING_VALUE: return CACHE_BLOCKING;
			case HOT_STANDBY_VALUE: return HOT_STANDBY;
			case CKD_TYPE_CHANGE_VALUE: return CKD_TYPE_CHANGE;
			case CHANNEL_ADDITION_VALUE: return CHANNEL_ADDITION;
			case PERFORMANCE_BALANCING_VALUE: return PERFORMANCE_BALANCING;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ChangeKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ChangeKind
